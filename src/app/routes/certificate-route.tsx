import { useParams } from 'wouter';
import { isBand } from '../../shared/content/content-constants';
import { CertificatePage } from '../../features/certificate/certificate-page';
import { Component as NotFound } from './not-found-route';

export function Component() {
  const { band } = useParams<{ band: string }>();
  return isBand(band) ? <CertificatePage band={band} /> : <NotFound />;
}
