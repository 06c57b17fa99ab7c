// POST /v1/simulate: the decisions a message would get, with the orders given in the body
// and nothing touched. The same code as `supportai simulate`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, requireTenant } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { SimulateInputSchema, SimulateOutputSchema } from '../../app/simulate-schema.js';
import { simulate } from '../../app/simulate.js';

export const simulateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);

  app.post('/simulate', {
    schema: {
      tags: ['decisions'],
      summary: 'Decide a message against given orders, without side effects',
      description: 'The input and output of `supportai simulate`. `message` may be replaced by `intent` plus `orderIds`.',
      security: bearerSecurity,
      body: SimulateInputSchema,
      response: { 200: SimulateOutputSchema, ...errorResponses },
    },
  }, async (req) => simulate(req.body));
};
