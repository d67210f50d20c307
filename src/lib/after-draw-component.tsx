import {
  createContext,
  useContext,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from "react";
import { firstDrawn, holdFirstScreen } from "./first-screen.ts";
import { LazyBoundary } from "./lazy-boundary.tsx";
import { partStyles } from "./part-styles.ts";

/** Any component (its props are checked where it is rendered). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/** What a part shows until its code is in: FirstScreenPart says. */
const PlaceholderContext = createContext<ReactNode>(null);

/** A component whose code loads after the first draw; `preload` starts the download early. */
export type AfterDrawComponent<C extends AnyComponent> = ((
  props: ComponentProps<C>,
) => ReactNode) & {
  preload: () => void;
};

/**
 * A part of the first screen that the timeline's first draw does not need (the filters, the
 * list): its code is downloaded once the timeline has drawn, not before, so that the first draw
 * waits for less. Until it is in, the part shows the placeholder of the FirstScreenPart around
 * it and holds the first-screen mark. Not React.lazy: React reveals suspended content at most
 * every 300 ms, and these parts should appear the moment their code is in.
 */
export function afterDrawComponent<M extends Record<K, AnyComponent>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): AfterDrawComponent<M[K]> {
  let component: M[K] | undefined;
  let loading: Promise<M[K]> | undefined;
  const once = () =>
    (loading ??= firstDrawn()
      .then(() => Promise.all([load(), partStyles()]))
      .then(([module]) => (component = module[name]))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));

  function AfterDraw(props: ComponentProps<M[K]>) {
    const [Loaded, setLoaded] = useState<M[K] | undefined>(() => component);
    const [failure, setFailure] = useState<{ error: unknown }>();
    const placeholder = useContext(PlaceholderContext);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      once().then(
        (next) => live && setLoaded(() => next),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [Loaded]);
    const waiting = !Loaded && !failure;
    // Released in the commit that shows the part (or its failure), not before.
    useEffect(() => (waiting ? holdFirstScreen() : undefined), [waiting]);
    // The boundary around says the part could not be downloaded.
    if (failure) throw failure.error;
    return Loaded ? <Loaded {...props} /> : placeholder;
  }
  return Object.assign(AfterDraw, { preload: () => void once().catch(() => undefined) });
}

interface FirstScreenPartProps {
  /** What the part is, for the message if its code cannot be downloaded: "The filters". */
  name: string;
  /**
   * Shown until the part's code is in: as big as the part will be, so that nothing around it
   * moves when it comes (nothing by default, for a part whose space its container keeps).
   */
  placeholder?: ReactNode;
  children: ReactNode;
}

/** Around a part made with afterDrawComponent: its placeholder, and its failure to download. */
export function FirstScreenPart({ name, placeholder = null, children }: FirstScreenPartProps) {
  return (
    <LazyBoundary name={name}>
      <PlaceholderContext.Provider value={placeholder}>{children}</PlaceholderContext.Provider>
    </LazyBoundary>
  );
}
