export { createApplication, createPair, createUser } from '../../prisma/factories';
export { uniqueEmail } from '../fixtures';
