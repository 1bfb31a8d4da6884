// Building shader: the colour of each building is one texel of a per-building colour texture, looked
// up by the vertex's building index, so recolouring the city rewrites N texels, not every vertex.
export const CITY_VERTEX = `
precision highp float;
attribute vec3 position;
attribute vec3 normal;
attribute float buildingIndex;
uniform mat4 worldViewProjection;
uniform sampler2D colours;
uniform vec2 coloursSize;
uniform float selected;
uniform float hovered;
varying vec3 vNormal;
varying vec3 vColour;
varying float vMark;
varying float vHeight;
void main(void) {
  float row = floor((buildingIndex + 0.5) / coloursSize.x);
  float col = buildingIndex - row * coloursSize.x;
  vColour = texture2D(colours, vec2((col + 0.5) / coloursSize.x, (row + 0.5) / coloursSize.y)).rgb;
  vMark = abs(buildingIndex - selected) < 0.5 ? 1.0 : (abs(buildingIndex - hovered) < 0.5 ? 0.5 : 0.0);
  vNormal = normal;
  vHeight = position.y;
  gl_Position = worldViewProjection * vec4(position, 1.0);
}`;

export const CITY_FRAGMENT = `
precision highp float;
uniform vec3 towardsSun;
uniform float sunIntensity;
uniform float ambient;
varying vec3 vNormal;
varying vec3 vColour;
varying float vMark;
varying float vHeight;
void main(void) {
  vec3 n = normalize(vNormal);
  float sun = max(dot(n, towardsSun), 0.0) * sunIntensity;
  float sky = ambient * (0.75 + 0.25 * n.y);
  float base = 0.82 + 0.18 * clamp(vHeight / 12.0, 0.0, 1.0); // darker at street level: reads as depth
  vec3 c = vColour * (sky + sun) * base;
  c = mix(c, vec3(1.0, 1.0, 1.0), 0.55 * vMark);
  gl_FragColor = vec4(c, 1.0);
}`;
