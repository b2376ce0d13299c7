import os from 'node:os';

export interface NetworkInterface {
  name: string;
  address: string;
}

/** IPv4 addresses a phone on the same Wi-Fi could reach; loopback and link-local are no use to it. */
export function reachableInterfaces(): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push({ name, address: a.address });
    }
  }
  return out;
}
