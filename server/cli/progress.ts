// A progress bar on stderr: redrawn in place on a terminal, printed every 10 % otherwise (logs, CI).
export interface Progress {
  update(done: number): void;
  finish(message?: string): void;
}

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const width = 30;
  let lastTenth = -1;
  const started = Date.now();
  const line = (done: number) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    return `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds}s`;
  };
  return {
    update(done) {
      if (stream.isTTY) stream.write(`\r${line(done)}`);
      else {
        const tenth = Math.floor((10 * done) / Math.max(total, 1));
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          stream.write(`${line(done)}\n`);
        }
      }
    },
    finish(message) {
      if (stream.isTTY) stream.write(`\r${line(total)}\n`);
      if (message) stream.write(`${message}\n`);
    },
  };
}
