import { z } from 'zod';
import { RequestValidationError, ZodValidationPipe, parseBody } from './zod-validation';

const admitMember = z.object({
  fullName: z.string().min(2),
  birthYear: z.number().int().min(1900),
  citizenId: z.string().regex(/^\d{12}$/),
  address: z.object({ ward: z.string(), district: z.string() }),
  phones: z.array(z.string().regex(/^0\d{9}$/)).max(3),
  role: z.enum(['member', 'officer']),
});

const secret = '0912345678-SECRET';

describe('parseBody', () => {
  it('returns the parsed value', () => {
    const body = {
      fullName: 'Nguyễn Thị Lan',
      birthYear: 1985,
      citizenId: '001185000123',
      address: { ward: 'Phường 3', district: 'Quận 5' },
      phones: ['0912345678'],
      role: 'member',
    };
    expect(parseBody(admitMember, body)).toEqual(body);
  });

  it('lists every invalid field by its path, without echoing what was sent', () => {
    const attempt = (): unknown =>
      parseBody(admitMember, {
        fullName: 'L',
        birthYear: secret,
        citizenId: secret,
        address: { ward: secret },
        phones: ['0900000000', secret],
        role: secret,
      });
    expect(attempt).toThrow(RequestValidationError);
    try {
      attempt();
    } catch (error) {
      const { status, code, errors } = error as RequestValidationError;
      expect({ status, code }).toEqual({ status: 422, code: 'validation.invalid' });
      expect(errors?.map((e) => e.field)).toEqual([
        'fullName',
        'birthYear',
        'citizenId',
        'address.district',
        'phones.1',
        'role',
      ]);
      expect(JSON.stringify(error)).not.toContain('SECRET');
      expect(JSON.stringify(errors)).not.toContain('SECRET');
      for (const e of errors ?? []) expect(e.reason).not.toBe('');
    }
  });

  it('names the root when the body is not an object at all', () => {
    expect(() => parseBody(admitMember, 'just text')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: '(root)' })] }) as Error,
    );
  });
});

describe('ZodValidationPipe', () => {
  it('parses like parseBody', () => {
    const pipe = new ZodValidationPipe(z.object({ name: z.string().trim() }));
    expect(pipe.transform({ name: '  Chi hội 5 ' })).toEqual({ name: 'Chi hội 5' });
    expect(() => pipe.transform({})).toThrow(RequestValidationError);
  });
});
