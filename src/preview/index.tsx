/** Entry of index.html: the browser preview. No office.js here. */
import { createRoot } from "react-dom/client";
import { getLocale } from "../i18n";
import { Preview } from "./Preview";

document.documentElement.lang = getLocale();

const container = document.getElementById("root");
if (container) createRoot(container).render(<Preview />);
