/** Where the Tvilling server is: the page's own origin, or the running server when on Vite's dev port. */
export function serverHttpUrl(): string {
  const configured = import.meta.env.VITE_TVILLING_SERVER as string | undefined;
  if (configured) return configured;
  return location.port === "5173" ? `${location.protocol}//${location.hostname}:2567` : location.origin;
}
