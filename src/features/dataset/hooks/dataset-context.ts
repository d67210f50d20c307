import { createContext, useContext } from "react";
import type { Dataset } from "../model/dataset.ts";

/** The dataset the page shows, for the parts deep inside that load more of it when used. */
export const DatasetContext = createContext<Dataset | undefined>(undefined);

export function useCurrentDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error("useCurrentDataset is used outside a DatasetContext provider");
  return dataset;
}
