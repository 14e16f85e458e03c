import { defineStore } from 'pinia';
import { computed } from 'vue';
import {
  cancelStaffInvitation,
  changeStaffRole,
  deactivateStaff,
  getTeam,
  inviteStaff,
  reactivateStaff,
  resendStaffInvitation,
  type InviteStaff,
  type StaffRole,
  type TeamMember,
} from '../../../api/team';
import { useResource } from '../../../composables/use-resource';

/** The team page's data: members and pending invitations, reloaded after every change. */
export const useTeamStore = defineStore('team', () => {
  const team = useResource((signal) => getTeam(signal));
  const members = computed(() => team.data?.members ?? []);
  const invitations = computed(() => team.data?.invitations ?? []);

  async function after<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    await team.load();
    return result;
  }

  return {
    team,
    members,
    invitations,
    invite: (input: InviteStaff): Promise<TeamMember> => after(inviteStaff(input)),
    resend: (id: string): Promise<TeamMember> => after(resendStaffInvitation(id)),
    cancel: (id: string): Promise<TeamMember> => after(cancelStaffInvitation(id)),
    changeRole: (id: string, role: StaffRole): Promise<TeamMember> => after(changeStaffRole(id, role)),
    deactivate: (id: string): Promise<TeamMember> => after(deactivateStaff(id)),
    reactivate: (id: string): Promise<TeamMember> => after(reactivateStaff(id)),
  };
});
