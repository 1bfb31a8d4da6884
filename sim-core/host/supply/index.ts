// Public host API of the supply module (filled in by its issue).
export const supplyModuleVersion = 0;
