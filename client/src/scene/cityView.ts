// The city's buildings as a few merged tile meshes sharing one shader and one per-building colour
// texture. Recolouring writes packed RGBA into `colours` and uploads it (no mesh is rebuilt).
import { Constants } from "@babylonjs/core/Engines/constants.js";
import { ShaderMaterial } from "@babylonjs/core/Materials/shaderMaterial.js";
import { RawTexture } from "@babylonjs/core/Materials/Textures/rawTexture.js";
import { Vector2, type Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { CityIndex } from "../city/cityIndex.ts";
import { buildCityGeometry } from "./cityGeometry.ts";
import { CITY_FRAGMENT, CITY_VERTEX } from "./cityShader.ts";
import { assignTiles } from "./tiles.ts";

const TEXTURE_WIDTH = 2048;

export class CityView {
  readonly meshes: Mesh[] = [];
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
    members.forEach((ids, t) => {
      if (ids.length === 0) return;
      const g = buildCityGeometry(
        ids.map((i) => city.buildings[i]),
        city.storeyHeight_m,
        ids,
      );
      const mesh = new Mesh(`cityTile${t}`, scene);
      const data = new VertexData();
      data.positions = g.positions;
      data.normals = g.normals;
      data.indices = g.indices;
      data.applyToMesh(mesh, false);
      mesh.setVerticesData("buildingIndex", g.buildingIndex, false, 1);
      mesh.material = this.material;
      mesh.isPickable = false; // picking uses the footprint grid, not triangles
      mesh.freezeWorldMatrix();
      mesh.doNotSyncBoundingInfo = true;
      this.meshes.push(mesh);
    });
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
