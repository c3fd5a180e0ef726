// The member-import providers (being replaced by the generic job) still import it from here; the
// read model itself lives in infrastructure.
export { MemberPlaces } from '@vwu/membership-infrastructure';
