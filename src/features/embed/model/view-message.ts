import type { ViewState } from "../../../lib/url-state.ts";
import type { ViewMessage } from "./protocol.ts";

/** The view as messages carry it: defaults left out, so `{}` is the whole dataset. */
export function toViewMessage(view: ViewState): ViewMessage {
  const message: ViewMessage = {};
  if (view.from !== undefined && view.to !== undefined) {
    message.from = view.from;
    message.to = view.to;
  }
  if (view.topics !== undefined) message.topics = [...view.topics];
  if (view.actors.length) message.actors = [...view.actors];
  if (view.outlets.length) message.outlets = [...view.outlets];
  if (view.q.trim()) message.q = view.q;
  if (view.minOutlets !== undefined) message.minOutlets = view.minOutlets;
  if (view.lanes !== undefined) message.lanes = view.lanes;
  if (view.event !== undefined) message.event = view.event;
  if (view.theme !== undefined) message.theme = view.theme;
  if (view.title !== undefined) message.title = view.title;
  return message;
}
