// The phone join link of a session and its QR code, generated here (the `qrcode` package draws it on a
// canvas in the page): nothing is fetched from the network.
import { toDataURL } from "qrcode";

/**
 * `<base>/join/?session=CODE`. `base` defaults to this page's origin; at an event where phones reach the
 * server by another address, a screen sets it with `?joinBase=http://192.168.1.10:2567`.
 */
export function joinUrl(code: string, base: string): string {
  const url = new URL("/join/", base);
  url.searchParams.set("session", code);
  return url.toString();
}

export function joinQrDataUrl(url: string, size_px: number): Promise<string> {
  return toDataURL(url, {
    errorCorrectionLevel: "M",
    margin: 2,
    width: size_px,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
