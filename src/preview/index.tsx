/** Entry of index.html: the browser preview. No office.js here. */
import { createRoot } from "react-dom/client";
import { Preview } from "./Preview";

const container = document.getElementById("root");
if (container) createRoot(container).render(<Preview />);
