-- What an enforcement agency is, in the words of 《行政执法监督条例》: 第二条 names the government's own
-- departments (所属部门), its dispatched organs (派出机关) and the organisations authorised by law or
-- regulation (法律法规授权的组织); 第四十二条第二款 sets apart the agencies in the region that are
-- vertically managed or dual-led with the higher department leading, whose problems the government
-- tells their higher competent department (上一级主管部门). Existing agencies keep their kind and are
-- managed locally (本级管理); the level of an existing authorised organisation's authorisation is not
-- known and stays unrecorded until an administrator records it.
ALTER TABLE organisations DROP CONSTRAINT organisations_agency_kind_check;
ALTER TABLE organisations ADD CONSTRAINT organisations_agency_kind_check
  CHECK (agency_kind IN ('organ', 'dispatched_organ', 'authorized_org'));

ALTER TABLE organisations ADD COLUMN authorization_level text
  CHECK (authorization_level IN ('law', 'administrative_regulation', 'local_regulation'));
ALTER TABLE organisations ADD COLUMN authorization_instrument text;
ALTER TABLE organisations ADD CONSTRAINT organisations_authorization_of_authorized
  CHECK ((authorization_level IS NULL AND authorization_instrument IS NULL) OR agency_kind = 'authorized_org');

ALTER TABLE organisations ADD COLUMN management text NOT NULL DEFAULT 'local'
  CHECK (management IN ('local', 'vertical', 'dual_led'));
ALTER TABLE organisations ADD COLUMN higher_department text;
ALTER TABLE organisations ADD CONSTRAINT organisations_management_of_agency
  CHECK (management = 'local' OR kind = 'agency');
ALTER TABLE organisations ADD CONSTRAINT organisations_higher_department
  CHECK ((management = 'local') = (higher_department IS NULL));
