// Public host API of the materials module (filled in by its issue).
export const materialsModuleVersion = 0;
