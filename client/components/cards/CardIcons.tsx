import { ArrowRightLeft, CalendarDays, CircleCheck, CircleDashed, CircleDot, CircleSlash, GripVertical, OctagonX, Pencil, TriangleAlert, Users, type LucideIcon } from 'lucide-react';

/** The icons card faces use; status icons are drawn bolder, as badges. */
const ICONS = {
  grip: [GripVertical, 2],
  move: [ArrowRightLeft, 2],
  users: [Users, 2],
  calendar: [CalendarDays, 2],
  pencil: [Pencil, 2],
  circleCheck: [CircleCheck, 2.5],
  triangleAlert: [TriangleAlert, 2.5],
  octagonX: [OctagonX, 2.5],
  circleDashed: [CircleDashed, 2.5],
  circleDot: [CircleDot, 2.5],
  circleSlash: [CircleSlash, 2.5],
} satisfies Record<string, [LucideIcon, number]>;

export type CardIconName = keyof typeof ICONS;

const symbolId = (name: CardIconName): string => `card-icon-${name}`;

/**
 * Every card icon once, as SVG symbols, for CardIcon to point at. Rendered once per board: a
 * lucide icon is up to a dozen elements, and a board of 1,000 cards shows five of them per card.
 */
export function CardIconSprites() {
  return (
    <svg className="card-icon-sprites" aria-hidden="true" focusable="false">
      {(Object.keys(ICONS) as CardIconName[]).map((name) => {
        const [Icon, strokeWidth] = ICONS[name];
        return (
          <symbol key={name} id={symbolId(name)} viewBox="0 0 24 24">
            <Icon strokeWidth={strokeWidth} />
          </symbol>
        );
      })}
    </svg>
  );
}

/** One decorative card icon: an `<svg><use>` of its symbol, two elements however detailed the icon. */
export function CardIcon({ name, size }: { name: CardIconName; size: number }) {
  return (
    <svg className="card-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <use href={`#${symbolId(name)}`} />
    </svg>
  );
}
