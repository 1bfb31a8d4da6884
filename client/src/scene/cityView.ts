// The city's buildings as a few tile meshes over one vertex buffer, sharing one shader and one per-building
// colour texture. Recolouring writes packed RGBA into `colours` and uploads it (no mesh is rebuilt).
import { Constants } from "@babylonjs/core/Engines/constants.js";
import { ShaderMaterial } from "@babylonjs/core/Materials/shaderMaterial.js";
import { RawTexture } from "@babylonjs/core/Materials/Textures/rawTexture.js";
import { Vector2, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import type { Geometry } from "@babylonjs/core/Meshes/geometry.js";
import { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { SubMesh } from "@babylonjs/core/Meshes/subMesh.js";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { CityIndex } from "../city/cityIndex.ts";
import { buildCityGeometry, type CityGeometry } from "./cityGeometry.ts";
import { CITY_FRAGMENT, CITY_VERTEX } from "./cityShader.ts";
import { joinTiles } from "./joinTiles.ts";
import { assignTiles } from "./tiles.ts";

const TEXTURE_WIDTH = 2048;

export class CityView {
  /** The tiles, each drawing its part of the one city buffer. */
  readonly meshes: Mesh[] = [];
  /** The whole city in one draw (same buffer); disabled unless `drawWhole(true)`. */
  whole: Mesh | undefined;
  readonly material: ShaderMaterial;
  /** One packed RGBA colour per building (0xAABBGGRR), a view on the texture's bytes. */
  readonly colours: Uint32Array;
  private readonly texture: RawTexture;
  private readonly bytes: Uint8Array;

  constructor(scene: Scene, city: CityDataset, index: CityIndex, tilesPerSide = 4) {
    const rows = Math.max(1, Math.ceil(index.count / TEXTURE_WIDTH));
    this.bytes = new Uint8Array(TEXTURE_WIDTH * rows * 4).fill(200);
    this.colours = new Uint32Array(this.bytes.buffer, 0, index.count);
    this.texture = RawTexture.CreateRGBATexture(
      this.bytes,
      TEXTURE_WIDTH,
      rows,
      scene,
      false,
      false,
      Constants.TEXTURE_NEAREST_SAMPLINGMODE,
      Constants.TEXTURETYPE_UNSIGNED_BYTE,
    );
    this.material = new ShaderMaterial(
      "cityMaterial",
      scene,
      { vertexSource: CITY_VERTEX, fragmentSource: CITY_FRAGMENT },
      {
        attributes: ["position", "normal", "buildingIndex"],
        uniforms: [
          "worldViewProjection",
          "coloursSize",
          "selected",
          "hovered",
          "towardsSun",
          "sunIntensity",
          "ambient",
        ],
        samplers: ["colours"],
      },
    );
    this.material.setTexture("colours", this.texture);
    this.material.setVector2("coloursSize", new Vector2(TEXTURE_WIDTH, rows));
    this.material.setFloat("selected", -1);
    this.material.setFloat("hovered", -1);
    this.material.backFaceCulling = false;
    const { members } = assignTiles(index.centreX_m, index.centreZ_m, index.bounds, tilesPerSide, tilesPerSide);
    const names: string[] = [];
    const parts: CityGeometry[] = [];
    members.forEach((ids, t) => {
      if (ids.length === 0) return;
      names.push(`cityTile${t}`);
      parts.push(
        buildCityGeometry(
          ids.map((i) => city.buildings[i]),
          city.storeyHeight_m,
          ids,
        ),
      );
    });
    if (parts.length === 0) return;
    // One vertex buffer for all tiles (joinTiles.ts): each tile draws its range, `whole` all of it.
    const joined = joinTiles(parts);
    const whole = new Mesh("cityWhole", scene);
    const data = new VertexData();
    data.positions = joined.positions;
    data.normals = joined.normals;
    data.indices = joined.indices;
    data.applyToMesh(whole, false);
    whole.setVerticesData("buildingIndex", joined.buildingIndex, false, 1);
    const geometry = whole.geometry as Geometry;
    joined.ranges.forEach((r, i) => {
      const mesh = new Mesh(names[i], scene);
      geometry.applyToMesh(mesh);
      mesh.releaseSubMeshes();
      new SubMesh(0, r.vertexStart, r.vertexCount, r.indexStart, r.indexCount, mesh);
      mesh.buildBoundingInfo(Vector3.FromArray(r.min), Vector3.FromArray(r.max));
      this.meshes.push(mesh);
    });
    for (const mesh of [...this.meshes, whole]) {
      mesh.material = this.material;
      mesh.isPickable = false; // picking uses the footprint grid, not triangles
      mesh.freezeWorldMatrix();
      mesh.doNotSyncBoundingInfo = true;
    }
    whole.setEnabled(false);
    this.whole = whole;
  }

  /** Draws the city in one call (`true`: where all of it is in view, as VR's tabletop model) or tile by tile,
   * each culled on its own (the desktop, walking in VR). */
  drawWhole(on: boolean): void {
    if (!this.whole) return;
    this.whole.setEnabled(on);
    for (const mesh of this.meshes) mesh.setEnabled(!on);
  }

  /** Uploads `colours` after they were written. */
  commitColours(): void {
    this.texture.update(this.bytes);
  }

  setSelected(building: number): void {
    this.material.setFloat("selected", building);
  }
  setHovered(building: number): void {
    this.material.setFloat("hovered", building);
  }
  setSun(towardsSun: Vector3, intensity: number, ambient: number): void {
    this.material.setVector3("towardsSun", towardsSun);
    this.material.setFloat("sunIntensity", intensity);
    this.material.setFloat("ambient", ambient);
  }
}
