/**
 * The map's drawing (pages/map.ts loads it with the data and draws once its summary and table are painted): the
 * offline world basemap (Natural Earth 1:110m countries from the world-atlas package, bundled; nothing is
 * fetched at run time) on a canvas, with the places as bubbles. Places close on screen are clustered (a bubble
 * with the count) and split as you zoom; a click on a cluster zooms in, a click on a place opens the article
 * of its latest event.
 *
 * The map element publishes its points' on-screen positions in `data-points` (for tests and tools).
 *
 *   drawMap(box, view.places);   // pages/map.ts, once the summary and table are painted
 */
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { MapPlace } from '../../api/contract.js';
import { mount } from '../ui/mount.js';
import { COLORS, fmtNumber, plural } from '../ui/format.js';
import { articleHref } from '../ui/widgets.js';

echarts.use([GeoComponent, ScatterChart, TooltipComponent]);

type Ring = [number, number][];

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) would be drawn as a band across the world:
 * its western longitudes move east of 180° instead, where they belong on this flat map.
 */
function unwrap(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1]![0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

let registered = false;
function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology;
  const countries = feature(topo, topo.objects.countries!) as unknown as { features: { geometry: { type: string; coordinates: Ring[] | Ring[][] } | null }[] };
  for (const f of countries.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates = (g.coordinates as Ring[]).map(unwrap);
    else if (g?.type === 'MultiPolygon') g.coordinates = (g.coordinates as Ring[][]).map((poly) => poly.map(unwrap));
  }
  echarts.registerMap('world', countries as never);
  registered = true;
}


/** Places within this many pixels of a bigger one join its cluster. */
const CLUSTER_PX = 26;

interface Cluster { lon: number; lat: number; count: number; conflict: number; places: MapPlace[] }

export function drawMap(box: HTMLElement, places: MapPlace[]): void {
  registerWorld();
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const pad = 4;
  const bounds = [[Math.max(-180, Math.min(...lons) - pad), Math.min(85, Math.max(...lats) + pad)], [Math.min(180, Math.max(...lons) + pad), Math.max(-60, Math.min(...lats) - pad)]];
  const max = Math.max(...places.map((p) => p.count));
  const chart = mount(box, {
    tooltip: { trigger: 'item', formatter: (p: { data?: { cluster?: Cluster } }) => tooltip(p.data?.cluster) },
    geo: {
      map: 'world', roam: true, boundingCoords: bounds, scaleLimit: { min: 0.5, max: 60 },
      itemStyle: { areaColor: '#eef1f4', borderColor: '#aab4be', borderWidth: 0.6 },
      emphasis: { disabled: true }, select: { disabled: true }, label: { show: false },
    },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data: [], symbolSize: (v: number[]) => 8 + 30 * Math.sqrt((v[2] ?? 1) / max),
      label: { show: true, formatter: (p: { data: { cluster: Cluster } }) => (p.data.cluster.places.length > 1 ? fmtNumber(p.data.cluster.count) : ''), color: '#fff', fontSize: 10, fontWeight: 'bold' },
      emphasis: { scale: 1.15 } }],
  });
  const draw = () => {
    const clusters = cluster(places, (p) => chart.convertToPixel('geo', [p.lon, p.lat]) as number[] | undefined);
    chart.setOption({ series: [{ data: clusters.map((c) => ({
      value: [c.lon, c.lat, c.count], cluster: c,
      itemStyle: { color: c.conflict / c.count > 0.6 ? COLORS.conflict : c.conflict / c.count < 0.4 ? COLORS.cooperation : COLORS.neutral, opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
    })) }] });
    box.dataset.points = JSON.stringify(clusters.map((c) => {
      const [x, y] = (chart.convertToPixel('geo', [c.lon, c.lat]) as number[] | undefined) ?? [NaN, NaN];
      return { x: Math.round(x!), y: Math.round(y!), count: c.count, places: c.places.length, name: c.places[0]!.name };
    }));
  };
  draw();
  let timer = 0;
  chart.on('georoam', () => { clearTimeout(timer); timer = window.setTimeout(draw, 60); });
  chart.on('click', (p) => {
    const c = (p.data as { cluster?: Cluster } | null)?.cluster;
    if (!c) return;
    if (c.places.length === 1 && c.places[0]!.latest.documentId) {
      location.hash = articleHref(c.places[0]!.latest.documentId, c.places[0]!.latest.eventId);
      return;
    }
    const geo = (chart.getOption() as { geo: { zoom?: number }[] }).geo[0]!;
    chart.setOption({ geo: { center: [c.lon, c.lat], zoom: (geo.zoom ?? 1) * 3 } });
    draw();
  });
}

/** Greedy clustering on screen: the biggest place first, every unclaimed place within CLUSTER_PX joins it. */
function cluster(places: MapPlace[], toPixel: (p: MapPlace) => number[] | undefined): Cluster[] {
  const pts = places.map((p) => ({ p, xy: toPixel(p) })).filter((x): x is { p: MapPlace; xy: number[] } => !!x.xy);
  const taken = new Array<boolean>(pts.length).fill(false);
  const out: Cluster[] = [];
  for (let i = 0; i < pts.length; i++) {
    if (taken[i]) continue;
    const members = [pts[i]!.p];
    taken[i] = true;
    for (let j = i + 1; j < pts.length; j++) {
      if (taken[j]) continue;
      if (Math.hypot(pts[j]!.xy[0]! - pts[i]!.xy[0]!, pts[j]!.xy[1]! - pts[i]!.xy[1]!) <= CLUSTER_PX) { members.push(pts[j]!.p); taken[j] = true; }
    }
    const count = members.reduce((n, m) => n + m.count, 0);
    out.push({
      // The cluster sits where its biggest place is, so a click zooms towards real events.
      lon: members[0]!.lon, lat: members[0]!.lat, count, conflict: members.reduce((n, m) => n + m.conflict, 0), places: members,
    });
  }
  return out;
}

function tooltip(c: Cluster | undefined): string {
  if (!c) return '';
  const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  if (c.places.length === 1) {
    const p = c.places[0]!;
    return `<strong>${esc(p.name)}</strong>${p.country ? ` (${esc(p.country)})` : ''}<br>${plural(p.count, 'event')}: ${fmtNumber(p.cooperation)} cooperation, ${fmtNumber(p.conflict)} conflict<br>Click to open the latest (${esc(p.latest.day)})`;
  }
  const names = c.places.slice(0, 5).map((p) => esc(p.name)).join(', ');
  return `<strong>${plural(c.places.length, 'place')}</strong>: ${names}${c.places.length > 5 ? ', …' : ''}<br>${plural(c.count, 'event')}; click to zoom in`;
}
