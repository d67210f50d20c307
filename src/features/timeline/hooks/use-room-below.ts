import { useLayoutEffect, useState } from "react";

/** Never lay the plot out in less than this: a few rows of every band still read as a timeline. */
const MIN_ROOM = 240;

/**
 * The height from the top of `element` to the bottom of the first screen, less `reserve` (what
 * must fit under it). Measured from the page's top, so scrolling does not change it; measured
 * again when the window or the page's content resizes (panels that load later move it). When the
 * element starts below the middle of the screen, the reader scrolls to it anyway: it may have the
 * whole screen. Undefined until measured, which is before the browser paints (a layout effect):
 * the plot never shows at one height and then jumps to another.
 */
export function useRoomBelow(element: Element | null, reserve: number): number | undefined {
  const [room, setRoom] = useState<number>();
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const screen = window.innerHeight;
      setRoom(Math.max(MIN_ROOM, Math.floor(screen - reserve - (top < screen / 2 ? top : 0))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [element, reserve]);
  return room;
}
