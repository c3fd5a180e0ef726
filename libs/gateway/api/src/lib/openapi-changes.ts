import { errors, idempotencyKey, json, problem, unitId } from './openapi-parts';

/** A command on one unit: POST (or PUT) with a JSON body, 200 with the new stream version. */
function unitCommand(summary: string, operationId: string, body: string, conflict: string) {
  return {
    summary,
    operationId,
    parameters: [unitId, idempotencyKey],
    requestBody: { required: true, content: json(body) },
    responses: {
      '200': { description: 'Recorded', content: json('UnitCommandResult') },
      ...errors,
      '409': problem(conflict),
    },
  };
}

const closureConflict =
  'Xung đột — the unit is closed already, or child units cannot move to the successor (`errors` lists each child and why: code organisation.restructuring-conflict)';

export const changePaths = {
  '/api/v1/units/{id}/move': {
    post: unitCommand(
      'Chuyển đơn vị — Move a unit, with its subtree, under another parent',
      'moveUnit',
      'MoveUnit',
      'Xung đột — a sibling under the new parent has this name, or the unit is closed',
    ),
  },
  '/api/v1/units/{id}/merge': {
    post: unitCommand(
      'Sáp nhập — Merge a unit into a successor of the same kind; its children move there',
      'mergeUnit',
      'MergeUnit',
      closureConflict,
    ),
  },
  '/api/v1/units/{id}/dissolve': {
    post: unitCommand(
      'Giải thể — Dissolve a unit (empty, or its children go to a successor)',
      'dissolveUnit',
      'DissolveUnit',
      closureConflict,
    ),
  },
  '/api/v1/units/{id}/population': {
    post: unitCommand(
      'Dân số nữ — Record the women aged 18+ of a grassroots union or branch',
      'recordWomenPopulation',
      'RecordWomenPopulation',
      'Xung đột — the unit is closed',
    ),
  },
  '/api/v1/units/{id}/ratings': {
    post: unitCommand(
      'Xếp loại — Rate a unit for a year (once per unit and year)',
      'rateUnit',
      'RateUnit',
      'Xung đột — the year is rated already with another grade: correct it (organisation.rating-exists)',
    ),
  },
  '/api/v1/units/{id}/ratings/{year}': {
    put: {
      ...unitCommand(
        'Sửa xếp loại — Correct a year’s rating, with the reason',
        'correctRating',
        'CorrectRating',
        'Xung đột — the unit is closed',
      ),
      parameters: [
        unitId,
        { name: 'year', in: 'path', required: true, schema: { type: 'integer' } },
        idempotencyKey,
      ],
    },
  },
  '/api/v1/units/{id}/inspections': {
    post: unitCommand(
      'Kiểm tra điều lệ — Record a charter inspection by a unit above',
      'recordInspection',
      'RecordInspection',
      'Xung đột — the unit is closed',
    ),
  },
  '/api/v1/member-organisations': {
    post: {
      summary: 'Tổ chức thành viên gia nhập — A member organisation joins the city union',
      operationId: 'joinMemberOrganisation',
      parameters: [idempotencyKey],
      requestBody: { required: true, content: json('JoinMemberOrganisation') },
      responses: {
        '201': { description: 'Joined', content: json('UnitCommandResult') },
        ...errors,
        '409': problem('Xung đột — a member organisation has this name'),
      },
    },
  },
  '/api/v1/member-organisations/{id}/leave': {
    post: unitCommand(
      'Tổ chức thành viên rời — A member organisation leaves',
      'leaveMemberOrganisation',
      'LeaveMemberOrganisation',
      'Xung đột — the data changed meanwhile',
    ),
  },
};
