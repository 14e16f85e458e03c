import { assertPermission, assertStaff, DomainError, type Logger, type Principal } from '@client-portal/kit';
import type { DeliveryPlan, NotificationKind, Recipient } from '../domain/delivery.js';
import {
  audienceOf,
  effectivePlan,
  isEssential,
  kindsFor,
  subjectKeyOf,
  validateChoices,
  type Audience,
  type NotificationPreferences,
  type PreferenceChoice,
  type PreferenceInput,
  type TenantChannels,
} from '../domain/preferences.js';
import type { PreferenceRepository } from '../store/preference.repository.js';
import type { StaffContact } from '../adapters/staff.directory.js';
import type { DeliveryPlanner } from './dispatcher.js';
import type { UnsubscribeScope, UnsubscribeTokens } from './unsubscribe-links.js';

/** Who works for a tenant (identity), to recognise staff among recipients known only by address. */
export interface StaffLookup {
  staffOf(tenantId: string): Promise<StaffContact[]>;
}

export interface KindSetting extends DeliveryPlan {
  kind: NotificationKind;
  essential: boolean;
  /** False while the person never changed this kind: it follows the defaults of their role. */
  customised: boolean;
}

export interface PreferencesView {
  settings: KindSetting[];
  /** Whether the tenant offers text messages (a provider is configured AND the tenant switched SMS on). */
  smsOffered: boolean;
  version: number;
}

export interface ChannelsView {
  /** The deployment has an SMS provider. */
  smsAvailable: boolean;
  smsEnabled: boolean;
  version: number;
}

const STAFF_CACHE_MS = 10_000;
const CHANGED_MEANWHILE =
  'Your notification preferences changed meanwhile: reload them and make your change again';

/**
 * Notification preferences: each person's channels and e-mail timing per kind, the defaults by role,
 * the tenant's channel configuration, and the DeliveryPlanner the dispatcher asks for every recipient.
 */
export class NotificationPreferenceService implements DeliveryPlanner {
  private readonly staffCache = new Map<string, { at: number; staff: Promise<StaffContact[]> }>();

  constructor(
    private readonly preferences: PreferenceRepository,
    private readonly tokens: UnsubscribeTokens,
    /** The deployment has an SMS provider configured (without one, nobody can switch SMS on). */
    private readonly smsProviderConfigured: boolean,
    private readonly logger: Logger,
    private readonly staff?: StaffLookup,
  ) {}

  /** The channels the tenant offers: SMS needs a provider AND the tenant's consent. */
  async smsOffered(tenantId: string): Promise<boolean> {
    if (!this.smsProviderConfigured) return false;
    return (await this.preferences.channelsOf(tenantId)).smsEnabled;
  }

  // ---- DeliveryPlanner ----------------------------------------------------------------------------

  async plan(tenantId: string, recipient: Recipient, kind: NotificationKind): Promise<DeliveryPlan> {
    const person = await this.resolve(tenantId, recipient);
    const audience = audienceOf(person);
    const [saved, smsOffered] = await Promise.all([
      this.preferences.get(tenantId, subjectKeyOf(person)),
      this.smsOffered(tenantId),
    ]);
    return effectivePlan(kind, audience, saved, smsOffered, person.mobileNumber !== '');
  }

  /**
   * A recipient known only by address who is on the tenant's team is planned as that staff member
   * (handlers written before issue 12 name staff by address): their choices and their role's defaults.
   */
  async resolve(tenantId: string, recipient: Recipient): Promise<Recipient> {
    if (recipient.userId || !this.staff) return recipient;
    const address = recipient.email.trim().toLowerCase();
    try {
      const member = (await this.staffOfCached(tenantId)).find(
        (candidate) => candidate.email.trim().toLowerCase() === address && candidate.id,
      );
      if (!member) return recipient;
      return { ...recipient, userId: member.id, kind: 'staff', staffRole: member.role };
    } catch (error) {
      // Unknown is safe: the address's own settings (defaults: e-mail at once) apply.
      this.logger.warn({ err: error, tenantId }, 'could not look the team up: planning by address');
      return recipient;
    }
  }

  private staffOfCached(tenantId: string): Promise<StaffContact[]> {
    if (!this.staff) return Promise.resolve([]);
    const cached = this.staffCache.get(tenantId);
    if (cached && Date.now() - cached.at < STAFF_CACHE_MS) return cached.staff;
    const staff = this.staff
      .staffOf(tenantId)
      .then((members) => members.filter((member) => member.status !== 'deactivated'));
    staff.catch(() => this.staffCache.delete(tenantId));
    this.staffCache.set(tenantId, { at: Date.now(), staff });
    return staff;
  }

  // ---- The caller's own preferences ---------------------------------------------------------------

  private audienceOfPrincipal(principal: Principal): Audience {
    if (principal.kind === 'client') return 'client';
    assertStaff(principal, 'member');
    return principal.staffRole === 'owner' || principal.staffRole === 'admin' ? 'lead' : 'team';
  }

  private view(saved: NotificationPreferences, audience: Audience, smsOffered: boolean): PreferencesView {
    return {
      settings: kindsFor(audience).map((kind) => ({
        kind,
        essential: isEssential(kind),
        customised: saved.choices.some((choice) => choice.kind === kind),
        ...effectivePlan(kind, audience, saved, smsOffered),
      })),
      smsOffered,
      version: saved.version,
    };
  }

  async mine(principal: Principal): Promise<PreferencesView> {
    const audience = this.audienceOfPrincipal(principal);
    const [saved, smsOffered] = await Promise.all([
      this.preferences.get(principal.tenantId, principal.userId),
      this.smsOffered(principal.tenantId),
    ]);
    return this.view(saved, audience, smsOffered);
  }

  /**
   * Replaces the caller's choices for the kinds listed (the others keep theirs). Refused, naming the
   * field, for an unknown kind, an unknown timing, an essential kind's e-mail off, or SMS the tenant
   * does not offer; FAILED_PRECONDITION when they changed meanwhile. Nothing is saved on a refusal.
   */
  async updateMine(
    principal: Principal,
    input: PreferenceInput[],
    expectedVersion: number,
  ): Promise<PreferencesView> {
    const audience = this.audienceOfPrincipal(principal);
    if (principal.viewedBy)
      throw new DomainError('PERMISSION_DENIED', 'Viewing as a client user changes nothing');
    if (input.length === 0)
      throw DomainError.invalid('Choose at least one kind of notification', [
        { field: 'preferences', message: 'List at least one kind', code: 'required' },
      ]);
    const smsOffered = await this.smsOffered(principal.tenantId);
    const { choices, violations } = validateChoices(input, audience, smsOffered);
    if (violations.length > 0)
      throw DomainError.invalid('Some notification preferences cannot be saved', violations);
    const current = await this.preferences.get(principal.tenantId, principal.userId);
    if (current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'notification_preferences.changed_meanwhile');
    const next: NotificationPreferences = {
      ...current,
      choices: merge(current.choices, choices),
      version: current.version + 1,
      updatedAt: new Date(),
    };
    if (!(await this.preferences.save(next, expectedVersion)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'notification_preferences.changed_meanwhile');
    return this.view(next, audience, smsOffered);
  }

  /** Forgets the caller's choices: every kind follows the defaults of their role again. */
  async resetMine(principal: Principal, expectedVersion: number): Promise<PreferencesView> {
    const audience = this.audienceOfPrincipal(principal);
    if (principal.viewedBy)
      throw new DomainError('PERMISSION_DENIED', 'Viewing as a client user changes nothing');
    const current = await this.preferences.get(principal.tenantId, principal.userId);
    const smsOffered = await this.smsOffered(principal.tenantId);
    if (current.version === 0) return this.view(current, audience, smsOffered);
    if (current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'notification_preferences.changed_meanwhile');
    const next = { ...current, choices: [], version: current.version + 1, updatedAt: new Date() };
    if (!(await this.preferences.save(next, expectedVersion)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'notification_preferences.changed_meanwhile');
    return this.view(next, audience, smsOffered);
  }

  // ---- The tenant's channels ----------------------------------------------------------------------

  private channelsView(channels: TenantChannels): ChannelsView {
    return {
      smsAvailable: this.smsProviderConfigured,
      smsEnabled: channels.smsEnabled,
      version: channels.version,
    };
  }

  async channels(principal: Principal): Promise<ChannelsView> {
    assertStaff(principal, 'member');
    return this.channelsView(await this.preferences.channelsOf(principal.tenantId));
  }

  /** Admins: switches text messages on or off for the tenant (on only when the deployment can send them). */
  async updateChannels(
    principal: Principal,
    smsEnabled: boolean,
    expectedVersion: number,
  ): Promise<ChannelsView> {
    assertPermission(principal, 'portal.configure');
    if (smsEnabled && !this.smsProviderConfigured)
      throw DomainError.invalid('Text messages cannot be switched on: no SMS provider is configured', [
        {
          field: 'smsEnabled',
          message: 'This installation has no SMS provider; ask your administrator to configure one',
          code: 'channel_unavailable',
        },
      ]);
    const current = await this.preferences.channelsOf(principal.tenantId);
    const changed = () =>
      DomainError.precondition(
        'The notification channels changed meanwhile: reload them and make your change again',
        'notification_channels.changed_meanwhile',
      );
    if (current.version !== expectedVersion) throw changed();
    const next: TenantChannels = {
      ...current,
      smsEnabled,
      version: current.version + 1,
      updatedAt: new Date(),
    };
    if (!(await this.preferences.saveChannels(next, expectedVersion))) throw changed();
    return this.channelsView(next);
  }

  // ---- Unsubscribe (public, by signed token) ------------------------------------------------------

  /** What a link would switch off, for the confirmation page (no personal data beyond the kind). */
  describeUnsubscribe(token: string): UnsubscribeScope {
    return this.tokens.verify(token);
  }

  /**
   * Switches the e-mails a link names off (idempotent: a second POST finds them off). Retries when the
   * person saved their preferences at the same moment.
   */
  async unsubscribe(token: string): Promise<UnsubscribeScope> {
    const scope = this.tokens.verify(token);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.preferences.get(scope.tenantId, scope.subjectKey);
      const kinds = await this.kindsOf(scope, current);
      const choices = merge(
        current.choices,
        kinds.map((kind) => {
          const chosen = current.choices.find((choice) => choice.kind === kind);
          return { kind, inApp: chosen?.inApp ?? true, sms: chosen?.sms ?? false, email: 'off' as const };
        }),
      );
      if (kinds.length === 0 || sameChoices(choices, current.choices)) return scope;
      const next = { ...current, choices, version: current.version + 1, updatedAt: new Date() };
      if (await this.preferences.save(next, current.version)) {
        this.logger.info({ tenantId: scope.tenantId, target: scope.target }, 'unsubscribed by link');
        return scope;
      }
    }
    throw DomainError.precondition('The preferences kept changing: try the link again');
  }

  /** The kinds a link switches off: its kind, or every kind the person now gathers in that digest. */
  private async kindsOf(
    scope: UnsubscribeScope,
    current: NotificationPreferences,
  ): Promise<NotificationKind[]> {
    if (!scope.target.startsWith('digest:')) {
      const kind = scope.target as NotificationKind;
      return isEssential(kind) ? [] : [kind];
    }
    const timing = scope.target.slice('digest:'.length);
    const audience = await this.audienceOfSubject(scope);
    return kindsFor(audience).filter(
      (kind) => !isEssential(kind) && effectivePlan(kind, audience, current, false).email === timing,
    );
  }

  private async audienceOfSubject(scope: UnsubscribeScope): Promise<Audience> {
    if (scope.subjectKey.startsWith('address:')) return 'address';
    const member = this.staff
      ? (await this.staffOfCached(scope.tenantId).catch(() => [])).find(
          (candidate) => candidate.id === scope.subjectKey,
        )
      : undefined;
    if (!member) return 'client';
    return member.role === 'owner' || member.role === 'admin' ? 'lead' : 'team';
  }
}

/** The saved choices with `changes` applied (one entry per kind). */
function merge(current: PreferenceChoice[], changes: PreferenceChoice[]): PreferenceChoice[] {
  const byKind = new Map(current.map((choice) => [choice.kind, choice]));
  for (const change of changes) byKind.set(change.kind, change);
  return [...byKind.values()];
}

function sameChoices(left: PreferenceChoice[], right: PreferenceChoice[]): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
