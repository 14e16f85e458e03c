import { errorMessage, reasonOf, type Translator } from '../../lib/errors';

/**
 * The sentence for a team action's failure: the team's own rules (last owner, owner role, ...) have
 * their wording under `team.reasons`; everything else reads as any other failure.
 */
export function teamErrorMessage(error: unknown, translator: Translator): string {
  if (!error) return '';
  const reason = reasonOf(error);
  if (reason?.startsWith('team.')) {
    const key = `team.reasons.${reason.slice('team.'.length)}`;
    if (translator.te(key)) return translator.t(key);
  }
  if (reason === 'permission.team.manage' && translator.te('team.reasons.permission'))
    return translator.t('team.reasons.permission');
  return errorMessage(error, translator);
}
