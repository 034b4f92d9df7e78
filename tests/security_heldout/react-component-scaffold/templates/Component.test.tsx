import { render, screen } from "@testing-library/react";
import { __Name__ } from "./__Name__";

test("renders children", () => {
  render(<__Name__>hello</__Name__>);
  expect(screen.getByText("hello")).toBeInTheDocument();
});
