-- Closing an action records how and when it ended (PlanStatusProjection).
alter table plan_status_action add column outcome varchar(16);
alter table plan_status_action add column closed_on date;
