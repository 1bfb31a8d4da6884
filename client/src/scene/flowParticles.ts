// Animated flows as thin-instanced particles: one mesh (one draw call) per group, energy and materials.
// Particles per path ∝ the flow (density), speed grows with it too; positions are written into the
// instance matrix buffer each frame (no per-particle objects).
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { CreateSphere } from "@babylonjs/core/Meshes/Builders/sphereBuilder.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import "@babylonjs/core/Meshes/thinInstanceMesh.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { FlowGroup, FlowKind, FlowPath } from "../model/flowPaths.ts";

/** Particles of the largest path in a group; others in proportion (at least one where there is a flow). */
const MAX_PER_PATH = 60;
const MAX_PARTICLES = 4000;
/** Seconds a particle of the largest flow takes for 1 km. */
const SECONDS_PER_KM = 4;

export const FLOW_COLOURS: Record<FlowKind, [number, number, number]> = {
  grid: [1, 0.85, 0.3],
  pv: [1, 1, 0.55],
  districtHeat: [1, 0.45, 0.25],
  wasteHeat: [1, 0.3, 0.6],
  household: [0.55, 0.85, 0.45],
  recycling: [0.3, 0.8, 1],
  incineration: [0.75, 0.6, 0.5],
};

interface Track {
  cumulative: Float64Array;
  points: [number, number, number][];
  speed_m_s: number;
}

class Group {
  readonly mesh: Mesh;
  tracks: Track[] = [];
  track = new Uint16Array(0);
  phase = new Float32Array(0);
  matrices = new Float32Array(0);
  count = 0;

  constructor(scene: Scene, name: string, size_m: number) {
    this.mesh = CreateSphere(name, { diameter: size_m, segments: 3 }, scene);
    const material = new StandardMaterial(`${name}Material`, scene);
    material.disableLighting = true;
    material.emissiveColor = Color3.White();
    this.mesh.material = material;
    this.mesh.isPickable = false;
    this.mesh.alwaysSelectAsActiveMesh = true; // instances span the city; skip the bounding test of one sphere
    this.mesh.setEnabled(false);
  }
}

export class FlowParticles {
  private readonly groups: Record<FlowGroup, Group>;
  private time_s = 0;

  constructor(scene: Scene, span_m: number) {
    const size = Math.max(6, span_m / 900);
    this.groups = { energy: new Group(scene, "energyFlows", size), materials: new Group(scene, "materialFlows", size) };
  }

  get visible(): boolean {
    return this.groups.energy.mesh.isEnabled() || this.groups.materials.mesh.isEnabled();
  }

  isOn(group: FlowGroup): boolean {
    return this.groups[group].mesh.isEnabled();
  }

  setOn(group: FlowGroup, on: boolean): void {
    this.groups[group].mesh.setEnabled(on);
  }

  /** Rebuilds particles from the run's flow paths (after each new result). */
  setPaths(paths: FlowPath[]): void {
    for (const group of ["energy", "materials"] as const) {
      const g = this.groups[group];
      const mine = paths.filter((p) => p.group === group);
      const max = mine.reduce((m, p) => Math.max(m, p.value), 0);
      g.tracks = mine.map((p) => {
        const cumulative = new Float64Array(p.points.length);
        for (let k = 1; k < p.points.length; k++) {
          const [ax, ay, az] = p.points[k - 1];
          const [bx, by, bz] = p.points[k];
          cumulative[k] = cumulative[k - 1] + Math.hypot(bx - ax, by - ay, bz - az);
        }
        const share = max > 0 ? p.value / max : 0;
        return { cumulative, points: p.points, speed_m_s: (1000 / SECONDS_PER_KM) * (0.4 + 0.6 * Math.sqrt(share)) };
      });
      const counts = mine.map((p) => (max > 0 ? Math.max(1, Math.round((MAX_PER_PATH * p.value) / max)) : 0));
      let total = counts.reduce((a, c) => a + c, 0);
      const scale = total > MAX_PARTICLES ? MAX_PARTICLES / total : 1;
      total = 0;
      for (let k = 0; k < counts.length; k++) total += Math.max(1, Math.floor(counts[k] * scale));
      g.count = total;
      g.track = new Uint16Array(total);
      g.phase = new Float32Array(total);
      g.matrices = new Float32Array(16 * total);
      const colours = new Float32Array(4 * total);
      let n = 0;
      counts.forEach((c, k) => {
        const m = Math.max(1, Math.floor(c * scale));
        const rgb = FLOW_COLOURS[mine[k].kind];
        for (let j = 0; j < m; j++, n++) {
          g.track[n] = k;
          g.phase[n] = j / m;
          colours.set([rgb[0], rgb[1], rgb[2], 1], 4 * n);
          g.matrices.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], 16 * n);
        }
      });
      g.mesh.thinInstanceSetBuffer("matrix", g.matrices, 16, false);
      g.mesh.thinInstanceSetBuffer("color", colours, 4, true);
      this.place(g);
    }
  }

  /** Advances the particles by dt seconds. */
  update(dt_s: number): void {
    this.time_s += dt_s;
    for (const g of Object.values(this.groups)) if (g.mesh.isEnabled() && g.count > 0) this.place(g);
  }

  private place(g: Group): void {
    for (let n = 0; n < g.count; n++) {
      const t = g.tracks[g.track[n]];
      const length = t.cumulative[t.cumulative.length - 1];
      if (!(length > 0)) continue;
      let d = (g.phase[n] + (this.time_s * t.speed_m_s) / length) % 1;
      d *= length;
      let k = 1;
      while (k < t.cumulative.length - 1 && t.cumulative[k] < d) k++;
      const seg = t.cumulative[k] - t.cumulative[k - 1];
      const u = seg > 0 ? (d - t.cumulative[k - 1]) / seg : 0;
      const a = t.points[k - 1];
      const b = t.points[k];
      const o = 16 * n + 12;
      g.matrices[o] = a[0] + (b[0] - a[0]) * u;
      g.matrices[o + 1] = a[1] + (b[1] - a[1]) * u;
      g.matrices[o + 2] = a[2] + (b[2] - a[2]) * u;
    }
    g.mesh.thinInstanceBufferUpdated("matrix");
  }
}
