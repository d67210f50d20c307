import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedApp } from "./embed-app.tsx";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("embed.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
