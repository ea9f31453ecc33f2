import { useParams } from 'wouter';
import { isBand } from '../../shared/content/content-constants';
import { ParentsBandPage } from '../../features/parents/parents-band-page';
import { Component as NotFound } from './not-found-route';

export function Component() {
  const { band } = useParams<{ band: string }>();
  return isBand(band) ? <ParentsBandPage band={band} /> : <NotFound />;
}
