import { useParams } from 'wouter';
import { isBand } from '../../shared/content/content-constants';
import { BandMapPage } from '../../features/band-map/band-map-page';
import { Component as NotFound } from './not-found-route';

export function Component() {
  const { band } = useParams<{ band: string }>();
  return isBand(band) ? <BandMapPage key={band} band={band} /> : <NotFound />;
}
