// Defaults for timings older requests were started without (their inputs predate them).
export const DEFAULT_TIMINGS = {
  followUpAfterSeconds: 86_400,
  followUpCooldownSeconds: 43_200,
  maxFollowUps: 3,
  escalationReminderSeconds: 4 * 3600,
};
