import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { LoopbackServer, withBody } from '../loopback.js';
import type { TestCredential } from './auth.js';
import { SigV4Error, signedRequest, verifySigV4 } from '../aws/sigv4.js';

/**
 * The EKS control-plane API (REST-JSON) as far as Keelson uses it: DescribeCluster and ListClusters, with
 * SigV4 header signatures verified against the test credentials (clock skew against the wall clock, since
 * the SDK signs with the wall clock).
 */
export interface EksClusterInfo {
  name: string;
  region: string;
  endpoint: () => string;
  caData: string;
  version: string;
  createdAt: number;
}

export interface EksRequestRecord {
  method: string;
  path: string;
  status: number;
  errorType?: string;
}

export class EksControlPlane {
  private server?: LoopbackServer;
  readonly requests: EksRequestRecord[] = [];
  url = '';

  constructor(
    private readonly cluster: EksClusterInfo,
    private readonly credentials: TestCredential[],
  ) {}

  async start(): Promise<string> {
    this.server = new LoopbackServer(
      http.createServer(withBody((req, body, res) => this.handle(req, body, res))),
    );
    const port = await this.server.listen();
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private error(
    res: http.ServerResponse,
    record: EksRequestRecord,
    code: number,
    type: string,
    message: string,
    extra: Record<string, unknown> = {},
  ): void {
    record.status = code;
    record.errorType = type;
    res.writeHead(code, {
      'content-type': 'application/json',
      'x-amzn-errortype': type,
      'x-amzn-requestid': randomUUID(),
    });
    res.end(JSON.stringify({ message, ...extra }));
  }

  private describe(): Record<string, unknown> {
    const c = this.cluster;
    const account = '111122223333';
    const id = Buffer.from(c.name).toString('hex').toUpperCase().padEnd(32, '0').slice(0, 32);
    return {
      name: c.name,
      arn: `arn:aws:eks:${c.region}:${account}:cluster/${c.name}`,
      createdAt: c.createdAt / 1000,
      version: c.version,
      endpoint: c.endpoint(),
      roleArn: `arn:aws:iam::${account}:role/${c.name}-cluster-role`,
      resourcesVpcConfig: {
        subnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
        securityGroupIds: [],
        clusterSecurityGroupId: 'sg-0a1b2c3d4e5f60003',
        vpcId: 'vpc-0a1b2c3d4e5f60004',
        endpointPublicAccess: true,
        endpointPrivateAccess: true,
        publicAccessCidrs: ['0.0.0.0/0'],
      },
      kubernetesNetworkConfig: { serviceIpv4Cidr: '172.20.0.0/16', ipFamily: 'ipv4' },
      logging: {
        clusterLogging: [
          { types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false },
        ],
      },
      identity: { oidc: { issuer: `https://oidc.eks.${c.region}.amazonaws.com/id/${id}` } },
      status: 'ACTIVE',
      certificateAuthority: { data: c.caData },
      platformVersion: 'eks.12',
      tags: {},
      accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
      upgradePolicy: { supportType: 'STANDARD' },
    };
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const record: EksRequestRecord = { method: req.method ?? 'GET', path: url.pathname, status: 0 };
    this.requests.push(record);
    try {
      verifySigV4(signedRequest(req, body), {
        credentials: this.credentials,
        service: 'eks',
        region: this.cluster.region,
        now: Date.now(),
      });
    } catch (e: unknown) {
      if (e instanceof SigV4Error) {
        this.error(res, record, 403, e.code, e.message);
        return;
      }
      throw e;
    }
    const m = /^\/clusters(?:\/([^/]+))?$/.exec(url.pathname);
    if (!m || req.method !== 'GET') {
      this.error(res, record, 404, 'UnknownOperationException', 'Unknown operation');
      return;
    }
    if (!m[1]) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ clusters: [this.cluster.name] }));
      return;
    }
    const name = decodeURIComponent(m[1]);
    if (name !== this.cluster.name) {
      this.error(res, record, 404, 'ResourceNotFoundException', `No cluster found for name: ${name}.`, {
        clusterName: name,
      });
      return;
    }
    record.status = 200;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ cluster: this.describe() }));
  }
}
