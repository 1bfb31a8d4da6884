// Public host API of the solar module (filled in by its issue).
export const solarModuleVersion = 0;
