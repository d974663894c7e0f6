/**
 * What the deploy engine reads from Elastic Load Balancing v2: the health of a target group's targets, a target
 * group's attributes (the deregistration delay), and the load balancer behind an Ingress with its listener rules
 * (to confirm that the weights Keelson asked for have reached the ALB). A small interface, so the engine can be
 * driven against any implementation; `sdkElbv2` is the AWS SDK one (loaded on first use).
 */
export interface TargetHealthDescription {
  id: string;
  port: number;
  state: string;
  reason?: string;
  description?: string;
}

export interface RuleDescription {
  arn: string;
  priority: string;
  /** path-pattern and host-header values, and http-header conditions as `name=value|value`. */
  conditions: string[];
  /** The target groups of a forward action and their weights (empty for other actions). */
  forward: { targetGroupArn: string; weight: number }[];
}

export interface LoadBalancerDescription {
  arn: string;
  dnsName: string;
  scheme: string;
  listeners: { arn: string; port: number; protocol: string }[];
}

export interface Elbv2 {
  targetHealth(targetGroupArn: string): Promise<TargetHealthDescription[]>;
  targetGroupAttributes(targetGroupArn: string): Promise<Record<string, string>>;
  loadBalancerByDns(dnsName: string): Promise<LoadBalancerDescription | undefined>;
  rules(listenerArn: string): Promise<RuleDescription[]>;
}

export interface Elbv2Access {
  region: string;
  /** The SDK's endpoint setting (an emulator); otherwise AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 or AWS. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export function sdkElbv2(access: Elbv2Access): Elbv2 {
  type Sdk = typeof import('@aws-sdk/client-elastic-load-balancing-v2');
  let loaded: Promise<{ sdk: Sdk; client: InstanceType<Sdk['ElasticLoadBalancingV2Client']> }> | undefined;
  const client = (): NonNullable<typeof loaded> =>
    (loaded ??= import('@aws-sdk/client-elastic-load-balancing-v2').then((sdk) => ({
      sdk,
      client: new sdk.ElasticLoadBalancingV2Client({
        region: access.region,
        ...(access.endpoint ? { endpoint: access.endpoint } : {}),
        ...(access.credentials ? { credentials: access.credentials } : {}),
        maxAttempts: 5,
      }),
    })));
  return {
    targetHealth: async (arn) => {
      const { sdk, client: c } = await client();
      const r = await c.send(new sdk.DescribeTargetHealthCommand({ TargetGroupArn: arn }));
      return (r.TargetHealthDescriptions ?? []).map((d) => ({
        id: d.Target?.Id ?? '',
        port: d.Target?.Port ?? 0,
        state: d.TargetHealth?.State ?? 'unavailable',
        reason: d.TargetHealth?.Reason,
        description: d.TargetHealth?.Description,
      }));
    },
    targetGroupAttributes: async (arn) => {
      const { sdk, client: c } = await client();
      const r = await c.send(new sdk.DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
      return Object.fromEntries((r.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
    },
    loadBalancerByDns: async (dnsName) => {
      const { sdk, client: c } = await client();
      let marker: string | undefined;
      do {
        const page = await c.send(new sdk.DescribeLoadBalancersCommand({ Marker: marker }));
        const lb = (page.LoadBalancers ?? []).find((x) => x.DNSName?.toLowerCase() === dnsName.toLowerCase());
        if (lb?.LoadBalancerArn) {
          const ls = await c.send(new sdk.DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
          return {
            arn: lb.LoadBalancerArn,
            dnsName: lb.DNSName ?? dnsName,
            scheme: lb.Scheme ?? 'internal',
            listeners: (ls.Listeners ?? []).map((l) => ({
              arn: l.ListenerArn ?? '',
              port: l.Port ?? 0,
              protocol: l.Protocol ?? 'HTTP',
            })),
          };
        }
        marker = page.NextMarker;
      } while (marker);
      return undefined;
    },
    rules: async (listenerArn) => {
      const { sdk, client: c } = await client();
      const out: RuleDescription[] = [];
      let marker: string | undefined;
      do {
        const page = await c.send(new sdk.DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker }));
        for (const r of page.Rules ?? []) {
          const forward = (r.Actions ?? []).find((a) => a.Type === 'forward');
          out.push({
            arn: r.RuleArn ?? '',
            priority: r.Priority ?? '',
            conditions: (r.Conditions ?? []).flatMap((c2) =>
              c2.Field === 'http-header'
                ? [`${c2.HttpHeaderConfig?.HttpHeaderName}=${(c2.HttpHeaderConfig?.Values ?? []).join('|')}`]
                : (c2.Values ?? c2.PathPatternConfig?.Values ?? c2.HostHeaderConfig?.Values ?? []),
            ),
            forward: forward
              ? (forward.ForwardConfig?.TargetGroups ?? []).map((t) => ({
                  targetGroupArn: t.TargetGroupArn ?? '',
                  weight: t.Weight ?? 1,
                }))
              : [],
          });
        }
        marker = page.NextMarker;
      } while (marker);
      return out;
    },
  };
}
