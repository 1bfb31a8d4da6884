// Stakeholder roles for participants, in the spirit of the Climate Action Simulation workshops:
// each role has a colour for avatars and proposals and, optionally, a budget to argue with.
export const ROLE_IDS = ["municipality", "energyCompany", "wasteCompany", "business", "citizen", "youth"] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface Role {
  id: RoleId;
  label: { nb: string; en: string };
  /** Avatar and proposal colour, CSS hex (colour-blind-safe Okabe–Ito palette). */
  colour: string;
  /** Default budget for role-play [NOK]; 0 = none. The facilitator can change it per participant. */
  budget_NOK: number;
}

export const ROLES: Readonly<Record<RoleId, Role>> = {
  municipality: { id: "municipality", label: { nb: "Kommunen", en: "Municipality" }, colour: "#0072B2", budget_NOK: 0 },
  energyCompany: {
    id: "energyCompany",
    label: { nb: "Energiselskap", en: "Energy company" },
    colour: "#E69F00",
    budget_NOK: 0,
  },
  wasteCompany: {
    id: "wasteCompany",
    label: { nb: "Avfallsselskap", en: "Waste company" },
    colour: "#009E73",
    budget_NOK: 0,
  },
  business: { id: "business", label: { nb: "Næringsliv", en: "Business" }, colour: "#CC79A7", budget_NOK: 0 },
  citizen: { id: "citizen", label: { nb: "Innbygger", en: "Citizen" }, colour: "#56B4E9", budget_NOK: 0 },
  youth: { id: "youth", label: { nb: "Ungdom", en: "Youth" }, colour: "#D55E00", budget_NOK: 0 },
};

/** Colours of the non-role kinds. */
export const FACILITATOR_COLOUR = "#000000";
export const SPECTATOR_COLOUR = "#999999";
