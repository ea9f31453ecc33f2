import { useParams } from 'react-router';
import { isBand } from '../../shared/content/content-constants';
import { ParentsBandPage } from '../../features/parents/parents-band-page';
import { Component as NotFound } from './not-found-route';

export function Component() {
  const { band } = useParams();
  return isBand(band) ? <ParentsBandPage band={band} /> : <NotFound />;
}
