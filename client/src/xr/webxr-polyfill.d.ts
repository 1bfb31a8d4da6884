declare module "webxr-polyfill" {
  export default class WebXRPolyfill {
    constructor(config?: Record<string, unknown>);
  }
}
