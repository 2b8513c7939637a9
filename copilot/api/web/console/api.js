// The API as the console calls it: the agent key (kept in this tab's sessionStorage) sent as a bearer
// token, problems turned into errors that carry their one-line detail, and server-sent events read with
// fetch (a browser's EventSource cannot send the Authorization header).

const KEY = "copilot.console.key";

export const key = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${key.get()}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.detail) || `${response.status} ${response.statusText}`);
  }
  return data;
}

// Read a server-sent event stream until `signal` aborts; reconnect after a drop with Last-Event-ID.
// `onEvent({event, data, id})` gets each event; `onState("live" | "retrying")` the connection's state.
export function stream(path, { signal, onEvent, onState = () => {} }) {
  let lastId = null;
  const run = async () => {
    while (!signal.aborted) {
      try {
        const headers = { Authorization: `Bearer ${key.get()}`, Accept: "text/event-stream" };
        if (lastId) headers["Last-Event-ID"] = lastId;
        const response = await fetch(path, { headers, signal });
        if (!response.ok || !response.body) throw new ApiError(response.status, "stream refused");
        onState("live");
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, "\n");
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const parsed = parse(block);
            if (parsed.id) lastId = parsed.id;
            if (parsed.data !== null) onEvent(parsed);
          }
        }
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          onState("refused");
          return;
        }
      }
      if (signal.aborted) return;
      onState("retrying");
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  run();
}

function parse(block) {
  const event = { event: "message", data: null, id: null };
  const data = [];
  for (const line of block.split("\n")) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event.event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") event.id = value;
  }
  if (data.length) event.data = data.join("\n");
  return event;
}
