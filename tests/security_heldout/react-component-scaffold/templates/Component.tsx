import styles from "./__name__.module.css";

export interface __Name__Props {
  children?: React.ReactNode;
}

export function __Name__({ children }: __Name__Props) {
  return <div className={styles.root}>{children}</div>;
}
