// What the nearby search draws on the map: the home marker, the radius ring, and a small popup
// that offers to set home where the map was long-pressed or right-clicked, or (offer) where the
// caller says an empty spot was clicked.
import { circle, bbox } from '@turf/turf';
import { Marker, Popup, type GeoJSONSource, type Map as MapLibre, type MapMouseEvent } from 'maplibre-gl';
import { BASE_LAYER_BEFORE } from '../map/style';
import type { LngLat } from './distance';

const RING_SOURCE = 'near-ring';
const RING_LAYERS = ['near-ring-fill', 'near-ring-line'] as const;
const COLOR = '#0a5fa8';

export interface OverlayLabels {
	marker: string;
	setHome: string;
}

export interface OverlayOptions {
	labels: () => OverlayLabels;
	/** A spot picked on the map to be home. */
	onpick: (point: LngLat) => void;
}

/** A house in a 24 × 24 box: the home marker, and home's label in the nearby panel. */
export const HOUSE_PATH = 'M12 3.2 2.8 11h2.7v9h5v-5.6h3V20h5v-9h2.7z';

export class NearOverlay {
	private readonly marker: Marker;
	private popup: Popup | null = null;
	private readonly off: (() => void)[] = [];

	constructor(
		private readonly map: MapLibre,
		private readonly options: OverlayOptions
	) {
		const el = document.createElement('div');
		el.className = 'near-home-marker';
		el.dataset.testid = 'home-marker';
		el.setAttribute('role', 'img');
		el.innerHTML = `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="${HOUSE_PATH}"/></svg>`;
		this.marker = new Marker({ element: el, anchor: 'center' });

		const context = (e: MapMouseEvent) => {
			e.preventDefault();
			this.offer(e);
		};
		map.on('contextmenu', context);
		this.off.push(() => map.off('contextmenu', context));
	}

	/** The popup with a single "set as home" button at the clicked spot. */
	offer(e: MapMouseEvent) {
		this.popup?.remove();
		const point: LngLat = [e.lngLat.lng, e.lngLat.lat];
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'near-set-home';
		button.dataset.testid = 'set-home';
		button.textContent = this.options.labels().setHome;
		button.addEventListener('click', () => {
			this.popup?.remove();
			this.options.onpick(point);
		});
		button.addEventListener('keydown', (k) => {
			if (k.key === 'Escape') {
				k.stopPropagation();
				this.popup?.remove();
			}
		});
		this.popup = new Popup({ closeButton: false, className: 'near-popup', offset: 8, maxWidth: '240px' })
			.setLngLat(point)
			.setDOMContent(button)
			.addTo(this.map);
	}

	/** Draws home and its ring, or removes them for no home. */
	update(home: LngLat | null, km: number) {
		if (!home) {
			this.marker.remove();
			this.map.getSource<GeoJSONSource>(RING_SOURCE)?.setData({ type: 'FeatureCollection', features: [] });
			return;
		}
		this.marker.getElement().setAttribute('aria-label', this.options.labels().marker);
		this.marker.setLngLat(home).addTo(this.map);
		this.ringSource().setData(ring(home, km));
	}

	/**
	 * The ring's source, with its layers, added the first time there is a home: a source added to
	 * the map makes it load and draw again, which a first visit without a home need not wait for.
	 */
	private ringSource(): GeoJSONSource {
		const map = this.map;
		if (!map.getSource(RING_SOURCE)) {
			map.addSource(RING_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
			map.addLayer(
				{ id: RING_LAYERS[0], type: 'fill', source: RING_SOURCE, paint: { 'fill-color': COLOR, 'fill-opacity': 0.06 } },
				BASE_LAYER_BEFORE
			);
			map.addLayer(
				{
					id: RING_LAYERS[1],
					type: 'line',
					source: RING_SOURCE,
					paint: { 'line-color': COLOR, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': 0.9 }
				},
				BASE_LAYER_BEFORE
			);
		}
		return map.getSource<GeoJSONSource>(RING_SOURCE)!;
	}

	/** Fits the ring into the part of the map that `padding` leaves clear. */
	frame(home: LngLat, km: number, padding: { top: number; right: number; bottom: number; left: number }) {
		const [w, s, e, n] = bbox(ring(home, km));
		this.map.fitBounds(
			[
				[w, s],
				[e, n]
			],
			{ padding, maxZoom: 16, duration: 900 }
		);
	}

	destroy() {
		for (const f of this.off) f();
		this.popup?.remove();
		this.marker.remove();
		// The map may already be gone (page left): then its layers went with it.
		try {
			for (const id of RING_LAYERS) if (this.map.getLayer(id)) this.map.removeLayer(id);
			if (this.map.getSource(RING_SOURCE)) this.map.removeSource(RING_SOURCE);
		} catch {
			// Nothing left to clean.
		}
	}
}

function ring(home: LngLat, km: number) {
	return circle(home, km, { steps: 96, units: 'kilometers' });
}
