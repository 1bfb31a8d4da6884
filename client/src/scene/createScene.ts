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

/** Scene, orbit camera framing the city, sky light + sun, and a ground plane. */
export function createScene(engine: Engine, canvas: HTMLCanvasElement, bounds: CityBounds): Scene {
  const scene = new Scene(engine);
  scene.clearColor = new Color4(0.05, 0.1, 0.16, 1);
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cz = (bounds.minZ + bounds.maxZ) / 2;
  const span = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ, 200);
  const camera = new ArcRotateCamera("camera", -Math.PI / 2, Math.PI / 3.2, span * 0.9, new Vector3(cx, 0, cz), scene);
  camera.lowerRadiusLimit = 30;
  camera.upperRadiusLimit = span * 3;
  camera.upperBetaLimit = Math.PI / 2.1;
  camera.wheelDeltaPercentage = 0.02;
  camera.panningSensibility = 20;
  camera.maxZ = span * 10;
  camera.attachControl(canvas, true);
  const sky = new HemisphericLight("sky", new Vector3(0, 1, 0), scene);
  sky.intensity = 0.6;
  sky.groundColor = new Color3(0.2, 0.22, 0.25);
  const sun = new DirectionalLight("sun", new Vector3(-0.4, -1, 0.6), scene);
  sun.intensity = 0.7;
  const ground = CreateGround("ground", { width: span * 1.6, height: span * 1.6 }, scene);
  ground.position.set(cx, -0.05, cz);
  const groundMaterial = new StandardMaterial("groundMaterial", scene);
  groundMaterial.diffuseColor = new Color3(0.23, 0.33, 0.24);
  groundMaterial.specularColor = Color3.Black();
  ground.material = groundMaterial;
  ground.isPickable = false;
  return scene;
}
