"""Show the best MLflow runs of an experiment and the params that differ."""
import argparse

import mlflow


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("experiment")
    ap.add_argument("--metric", default="val_auc")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--ascending", action="store_true")
    a = ap.parse_args()
    mlflow.set_tracking_uri("file:./mlruns")
    order = "ASC" if a.ascending else "DESC"
    df = mlflow.search_runs(experiment_names=[a.experiment],
                            order_by=[f"metrics.{a.metric} {order}"], max_results=a.top)
    if df.empty:
        print("no runs")
        return
    params = [c for c in df.columns if c.startswith("params.")]
    varying = [c for c in params if df[c].nunique(dropna=False) > 1]
    cols = ["run_id", f"metrics.{a.metric}", "tags.git_commit"] + varying
    print(df[[c for c in cols if c in df.columns]].to_string(index=False))


if __name__ == "__main__":
    main()
