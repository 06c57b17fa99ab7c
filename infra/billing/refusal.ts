/** A plan change or purchase the billing rules refuse; the API answers it with its status. */
export class BillingRefusal extends Error {
  constructor(public readonly statusCode: 400 | 409, message: string, public readonly field?: string) {
    super(message);
  }
}
