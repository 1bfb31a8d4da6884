// Entry of the `tvilling` command (bin/tvilling.mjs): subcommands, errors to stderr, exit code 1.
import { EpwError, SimInputError } from "../../sim-core/index.ts";
import { CliError } from "./args.ts";
import { IMPORT_USAGE, importCommand } from "./importCommand.ts";
import { RUN_USAGE, runCommand } from "./run.ts";
import { SIMULATE_USAGE, simulate } from "./simulate.ts";

const USAGE = `tvilling — open-source city digital twin (energy and material flows)

commands:
  simulate   one hourly year of the energy model for a building stock
  import     real buildings (GeoJSON, CityJSON) into a city dataset
  run        scenarios 2025-2050 against the baseline: indicators, costs, MAC curve, report

${SIMULATE_USAGE}

${IMPORT_USAGE}

${RUN_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  if (command === "simulate") await simulate(rest);
  else if (command === "import") importCommand(rest);
  else if (command === "run") await runCommand(rest);
  else throw new CliError(`unknown command "${command}"; try tvilling --help`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof CliError || err instanceof SimInputError || err instanceof EpwError) {
    process.stderr.write(`tvilling: error: ${err.message}\n`);
    process.exitCode = 1;
  } else throw err;
}
