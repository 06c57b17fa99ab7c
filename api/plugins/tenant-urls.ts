// A tenant URL is checked against the address policy when it is saved, so the owner learns
// at once (400 naming the field) instead of seeing every later call refused.
import { checkTenantUrl } from '../../infra/net/tenant-http.js';
import { HttpError } from './error-handler.js';

export async function refuseInternalUrl(field: string, url: string): Promise<void> {
  const reason = await checkTenantUrl(url.split('{link}').join('x'));
  if (reason) {
    throw new HttpError(400, `${field} is refused: ${reason}.`, [
      { field, message: `${reason}; the service does not call addresses inside its own network` },
    ]);
  }
}
