import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedApp } from "./embed-app.tsx";
import { setPartStyles } from "../lib/part-styles.ts";
import "./index.css";

// Every utility, for the parts that come after the first draw (see index.css).
setPartStyles(() => import("./all-parts.css"));

const root = document.getElementById("root");
if (!root) throw new Error("embed.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
