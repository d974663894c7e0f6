/**
 * The Elastic Load Balancing v2 API (Query protocol, version 2015-12-01) over the simulator's load balancers:
 * DescribeLoadBalancers, DescribeListeners, DescribeRules, DescribeTargetGroups, DescribeTargetGroupAttributes,
 * DescribeTargetHealth and DescribeTags, reached through the SDK's endpoint setting. Requests are form-encoded
 * POSTs signed with SigV4 (service `elasticloadbalancing`); answers are the XML documents the SDK parses.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Clock } from '../../../lib/clock.js';
import { watchServer } from '../../clock.js';
import { LoopbackServer, withBody } from '../../loopback.js';
import type { TestCredential } from '../../kube/auth.js';
import { SigV4Error, signedRequest, verifySigV4 } from '../sigv4.js';
import type { Action, Condition, Elbv2, LoadBalancer, Rule, TargetGroup } from './model.js';
import { VPC } from './model.js';
import { errorMessage } from '../../../lib/errors.js';

export interface Elbv2RequestRecord {
  at: number;
  action: string;
  status: number;
  params: Record<string, string>;
}

type Xml = string | number | boolean | undefined | Xml[] | { [k: string]: Xml };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xml(name: string, v: Xml): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return `<${name}>${v.map((m) => xml('member', m)).join('')}</${name}>`;
  if (typeof v === 'object')
    return `<${name}>${Object.entries(v)
      .map(([k, x]) => xml(k, x))
      .join('')}</${name}>`;
  return `<${name}>${esc(String(v))}</${name}>`;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `Names.member.1=a&Names.member.2=b` → ['a', 'b']. */
function members(p: Record<string, string>, name: string): string[] {
  const out: [number, string][] = [];
  for (const [k, v] of Object.entries(p)) {
    const m = new RegExp(`^${name}\\.member\\.(\\d+)$`).exec(k);
    if (m) out.push([Number(m[1]), v]);
  }
  return out.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

function actionXml(a: Action, order: number): Xml {
  if (a.Type === 'fixed-response')
    return {
      Type: 'fixed-response',
      Order: order,
      FixedResponseConfig: {
        StatusCode: a.StatusCode,
        ContentType: a.ContentType,
        MessageBody: a.MessageBody,
      },
    };
  return {
    Type: 'forward',
    Order: order,
    ...(a.TargetGroups.length === 1 ? { TargetGroupArn: a.TargetGroups[0].TargetGroupArn } : {}),
    ForwardConfig: {
      TargetGroups: a.TargetGroups.map((t) => ({ TargetGroupArn: t.TargetGroupArn, Weight: t.Weight })),
      TargetGroupStickinessConfig: { Enabled: false },
    },
  };
}

function conditionXml(c: Condition): Xml {
  if (c.Field === 'path-pattern')
    return { Field: c.Field, Values: c.Values, PathPatternConfig: { Values: c.Values } };
  if (c.Field === 'host-header')
    return { Field: c.Field, Values: c.Values, HostHeaderConfig: { Values: c.Values } };
  return { Field: c.Field, HttpHeaderConfig: { HttpHeaderName: c.HttpHeaderName, Values: c.Values } };
}

export class Elbv2Api {
  private server?: LoopbackServer;
  readonly requests: Elbv2RequestRecord[] = [];
  url = '';

  constructor(
    private readonly clock: Clock,
    private readonly elbv2: Elbv2,
    private readonly credentials: TestCredential[],
  ) {}

  async start(): Promise<string> {
    const server = http.createServer(withBody((req, body, res) => this.handle(req, body, res)));
    watchServer(server, this.clock);
    this.server = new LoopbackServer(server);
    const port = await this.server.listen();
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const params: Record<string, string> = Object.fromEntries(
      new URLSearchParams(req.method === 'POST' ? body.toString('utf8') : url.search),
    );
    const record: Elbv2RequestRecord = {
      at: this.clock.now(),
      action: params.Action ?? '',
      status: 0,
      params,
    };
    this.requests.push(record);
    const send = (status: number, text: string): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
      res.end(text);
    };
    try {
      try {
        verifySigV4(signedRequest(req, body), {
          credentials: this.credentials,
          service: 'elasticloadbalancing',
          region: this.elbv2.region,
          now: Date.now(),
        });
      } catch (e: unknown) {
        if (e instanceof SigV4Error) throw new ApiError(403, e.code, e.message);
        throw e;
      }
      if (params.Version !== '2015-12-01')
        throw new ApiError(400, 'InvalidAction', `Unsupported version: ${params.Version}`);
      const result = this.dispatch(params.Action ?? '', params);
      const action = params.Action ?? '';
      send(
        200,
        `<${action}Response xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">` +
          xml(`${action}Result`, result) +
          xml('ResponseMetadata', { RequestId: randomUUID() }) +
          `</${action}Response>`,
      );
    } catch (e: unknown) {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalFailure', errorMessage(e));
      send(
        err.status,
        `<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">` +
          xml('Error', {
            Type: err.status >= 500 ? 'Receiver' : 'Sender',
            Code: err.code,
            Message: err.message,
          }) +
          xml('RequestId', randomUUID()) +
          `</ErrorResponse>`,
      );
    }
  }

  private dispatch(action: string, p: Record<string, string>): Xml {
    switch (action) {
      case 'DescribeLoadBalancers': {
        const arns = members(p, 'LoadBalancerArns');
        const names = members(p, 'Names');
        let lbs = [...this.elbv2.loadBalancers.values()];
        if (arns.length) lbs = arns.map((a) => this.lb(a));
        if (names.length) {
          lbs = names.map((n) => {
            const lb = lbs.find((x) => x.name === n);
            if (!lb) throw new ApiError(400, 'LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
            return lb;
          });
        }
        return { LoadBalancers: lbs.map((lb) => this.lbXml(lb)) };
      }
      case 'DescribeListeners': {
        const arns = members(p, 'ListenerArns');
        const listeners = p.LoadBalancerArn
          ? this.lb(p.LoadBalancerArn).listeners
          : [...this.elbv2.loadBalancers.values()]
              .flatMap((lb) => lb.listeners)
              .filter((l) => arns.includes(l.arn));
        if (!p.LoadBalancerArn && arns.length === 0)
          throw new ApiError(
            400,
            'ValidationError',
            'You must specify either listener ARNs or a load balancer ARN',
          );
        if (arns.length && listeners.length !== arns.length)
          throw new ApiError(400, 'ListenerNotFound', 'One or more listeners not found');
        return {
          Listeners: listeners.map((l) => {
            const def = l.rules.find((r) => r.priority === 'default');
            return {
              ListenerArn: l.arn,
              LoadBalancerArn: l.loadBalancerArn,
              Port: l.port,
              Protocol: l.protocol,
              DefaultActions: (def?.actions ?? []).map((a, i) => actionXml(a, i + 1)),
            };
          }),
        };
      }
      case 'DescribeRules': {
        const arns = members(p, 'RuleArns');
        const all = [...this.elbv2.loadBalancers.values()].flatMap((lb) => lb.listeners);
        let rules: Rule[];
        if (p.ListenerArn) {
          const l = all.find((x) => x.arn === p.ListenerArn);
          if (!l) throw new ApiError(400, 'ListenerNotFound', 'One or more listeners not found');
          rules = l.rules;
        } else if (arns.length) {
          rules = all.flatMap((l) => l.rules).filter((r) => arns.includes(r.arn));
          if (rules.length !== arns.length)
            throw new ApiError(400, 'RuleNotFound', 'One or more rules not found');
        } else
          throw new ApiError(400, 'ValidationError', 'You must specify either listener ARN or rule ARNs');
        return {
          Rules: rules.map((r) => ({
            RuleArn: r.arn,
            Priority: String(r.priority),
            Conditions: r.conditions.map(conditionXml),
            Actions: r.actions.map((a, i) => actionXml(a, i + 1)),
            IsDefault: r.priority === 'default',
          })),
        };
      }
      case 'DescribeTargetGroups': {
        const arns = members(p, 'TargetGroupArns');
        const names = members(p, 'Names');
        let tgs = [...this.elbv2.targetGroups.values()];
        if (p.LoadBalancerArn) tgs = tgs.filter((t) => t.loadBalancerArns.has(p.LoadBalancerArn));
        if (arns.length) tgs = arns.map((a) => this.tg(a));
        if (names.length)
          tgs = names.map((n) => {
            const tg = tgs.find((t) => t.name === n);
            if (!tg) throw new ApiError(400, 'TargetGroupNotFound', `Target groups '[${n}]' not found`);
            return tg;
          });
        return { TargetGroups: tgs.map((tg) => this.tgXml(tg)) };
      }
      case 'DescribeTargetGroupAttributes': {
        const tg = this.tg(this.required(p, 'TargetGroupArn'));
        return { Attributes: Object.entries(tg.attributes).map(([Key, Value]) => ({ Key, Value })) };
      }
      case 'DescribeTargetHealth': {
        const tg = this.tg(this.required(p, 'TargetGroupArn'));
        const asked: { id: string; port?: number }[] = [];
        for (let i = 1; p[`Targets.member.${i}.Id`] !== undefined; i++) {
          const port = p[`Targets.member.${i}.Port`];
          asked.push({ id: p[`Targets.member.${i}.Id`], port: port ? Number(port) : undefined });
        }
        const registered = [...tg.targets.values()];
        const describe = (t: (typeof registered)[number]): Xml => ({
          Target: { Id: t.id, Port: t.port, AvailabilityZone: t.az },
          HealthCheckPort: String(t.port),
          TargetHealth: { State: t.health.State, Reason: t.health.Reason, Description: t.health.Description },
        });
        if (asked.length === 0) return { TargetHealthDescriptions: registered.map(describe) };
        return {
          TargetHealthDescriptions: asked.map((a) => {
            const t = registered.find((x) => x.id === a.id && (a.port === undefined || x.port === a.port));
            if (t) return describe(t);
            return {
              Target: { Id: a.id, Port: a.port ?? tg.port },
              HealthCheckPort: String(a.port ?? tg.port),
              TargetHealth: {
                State: 'unused',
                Reason: 'Target.NotRegistered',
                Description: 'Target is not registered to the target group',
              },
            };
          }),
        };
      }
      case 'DescribeTags': {
        const arns = members(p, 'ResourceArns');
        if (arns.length === 0)
          throw new ApiError(
            400,
            'ValidationError',
            "1 validation error detected: Value null at 'resourceArns' failed to satisfy constraint: Member must not be null",
          );
        return {
          TagDescriptions: arns.map((arn) => {
            const tags = this.elbv2.loadBalancers.get(arn)?.tags ?? this.elbv2.targetGroups.get(arn)?.tags;
            if (!tags)
              throw new ApiError(
                400,
                arn.includes(':targetgroup/') ? 'TargetGroupNotFound' : 'LoadBalancerNotFound',
                `'${arn}' not found`,
              );
            return { ResourceArn: arn, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
          }),
        };
      }
      default:
        throw new ApiError(
          400,
          'InvalidAction',
          `The action ${action || '(none)'} is not valid for this web service.`,
        );
    }
  }

  private required(p: Record<string, string>, name: string): string {
    const v = p[name];
    if (!v)
      throw new ApiError(
        400,
        'ValidationError',
        `1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
      );
    return v;
  }

  private lb(arn: string): LoadBalancer {
    const lb = this.elbv2.loadBalancers.get(arn);
    if (!lb) throw new ApiError(400, 'LoadBalancerNotFound', `One or more load balancers not found`);
    return lb;
  }

  private tg(arn: string): TargetGroup {
    const tg = this.elbv2.targetGroups.get(arn);
    if (!tg) throw new ApiError(400, 'TargetGroupNotFound', `One or more target groups not found`);
    return tg;
  }

  private lbXml(lb: LoadBalancer): Xml {
    return {
      LoadBalancerArn: lb.arn,
      DNSName: lb.dnsName,
      CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
      CreatedTime: new Date(lb.createdAt).toISOString(),
      LoadBalancerName: lb.name,
      Scheme: lb.scheme,
      VpcId: VPC,
      State: { Code: this.clock.now() >= lb.activeAt ? 'active' : 'provisioning' },
      Type: 'application',
      AvailabilityZones: ['a', 'b', 'c'].map((z, i) => ({
        ZoneName: `${this.elbv2.region}${z}`,
        SubnetId: `subnet-0a1b2c3d4e5f6000${i + 1}`,
      })),
      SecurityGroups: ['sg-0a1b2c3d4e5f60010'],
      IpAddressType: 'ipv4',
    };
  }

  private tgXml(tg: TargetGroup): Xml {
    return {
      TargetGroupArn: tg.arn,
      TargetGroupName: tg.name,
      Protocol: tg.protocol,
      Port: tg.port,
      VpcId: VPC,
      HealthCheckProtocol: tg.health.protocol,
      HealthCheckPort: tg.health.port,
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: tg.health.intervalSeconds,
      HealthCheckTimeoutSeconds: tg.health.timeoutSeconds,
      HealthyThresholdCount: tg.health.healthyThreshold,
      UnhealthyThresholdCount: tg.health.unhealthyThreshold,
      HealthCheckPath: tg.health.path,
      Matcher: { HttpCode: tg.health.matcher },
      LoadBalancerArns: [...tg.loadBalancerArns],
      TargetType: tg.targetType,
      ProtocolVersion: 'HTTP1',
      IpAddressType: 'ipv4',
    };
  }
}
