import { ArcRotateCamera } from "@babylonjs/core/Cameras/arcRotateCamera.js";
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import { DirectionalLight } from "@babylonjs/core/Lights/directionalLight.js";
import { HemisphericLight } from "@babylonjs/core/Lights/hemisphericLight.js";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { Color3, Color4 } from "@babylonjs/core/Maths/math.color.js";
import { Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import { CreateGround } from "@babylonjs/core/Meshes/Builders/groundBuilder.js";
import { Scene } from "@babylonjs/core/scene.js";

export interface CityBounds {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export interface CityScene {
  scene: Scene;
  camera: ArcRotateCamera;
  sun: DirectionalLight;
  sky: HemisphericLight;
  span_m: number;
}

function flatMaterial(scene: Scene, name: string, rgb: [number, number, number]): StandardMaterial {
  const m = new StandardMaterial(name, scene);
  m.diffuseColor = new Color3(...rgb);
  m.specularColor = Color3.Black();
  return m;
}

/** Scene, orbit camera framing `focus` (default: the whole city), sky light + sun, ground and a water placeholder. */
export function createScene(
  engine: Engine,
  canvas: HTMLCanvasElement,
  bounds: CityBounds,
  focus: CityBounds = bounds,
): CityScene {
  const scene = new Scene(engine);
  scene.clearColor = new Color4(0.05, 0.1, 0.16, 1);
  scene.skipPointerMovePicking = true; // hover uses the footprint grid, never mesh triangles
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cz = (bounds.minZ + bounds.maxZ) / 2;
  const span = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ, 200);
  const focusSpan = Math.max(focus.maxX - focus.minX, focus.maxZ - focus.minZ, 200);
  const target = new Vector3((focus.minX + focus.maxX) / 2, 0, (focus.minZ + focus.maxZ) / 2);
  const camera = new ArcRotateCamera("camera", -Math.PI / 2, Math.PI / 3.4, focusSpan * 0.75, target, scene);
  camera.lowerRadiusLimit = 30;
  camera.upperRadiusLimit = span * 3;
  camera.upperBetaLimit = Math.PI / 2.1;
  camera.wheelDeltaPercentage = 0.02;
  camera.pinchDeltaPercentage = 0.002;
  camera.panningSensibility = 20;
  camera.minZ = 5;
  camera.maxZ = span * 10;
  camera.attachControl(canvas, true);
  const sky = new HemisphericLight("sky", new Vector3(0, 1, 0), scene);
  sky.intensity = 0.6;
  sky.groundColor = new Color3(0.2, 0.22, 0.25);
  const sun = new DirectionalLight("sun", new Vector3(-0.4, -1, 0.6), scene);
  sun.intensity = 0.7;
  const size = span * 1.5;
  const ground = CreateGround("ground", { width: size, height: size }, scene);
  ground.position.set(cx, -0.05, cz);
  ground.material = flatMaterial(scene, "groundMaterial", [0.27, 0.36, 0.27]);
  ground.isPickable = false;
  // Water placeholder: the fjord lies south of Bærum's centres (real coastline with the import).
  const water = CreateGround("water", { width: size * 1.2, height: size * 0.5 }, scene);
  water.position.set(cx, -0.02, bounds.minZ - size * 0.2);
  water.material = flatMaterial(scene, "waterMaterial", [0.16, 0.33, 0.5]);
  water.isPickable = false;
  return { scene, camera, sun, sky, span_m: span };
}
