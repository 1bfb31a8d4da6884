// Public host API of the thermal module (filled in by its issue).
export const thermalModuleVersion = 0;
